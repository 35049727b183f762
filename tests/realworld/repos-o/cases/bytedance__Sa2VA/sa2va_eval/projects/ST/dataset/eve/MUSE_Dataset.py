stub: upstream file of 13620 bytes

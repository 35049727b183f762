stub: upstream file of 12952 bytes

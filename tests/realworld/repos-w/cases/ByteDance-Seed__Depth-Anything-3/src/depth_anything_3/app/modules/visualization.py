stub: upstream file of 17125 bytes

stub: upstream file of 8434 bytes

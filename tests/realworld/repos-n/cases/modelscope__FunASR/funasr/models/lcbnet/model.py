stub: upstream file of 21235 bytes

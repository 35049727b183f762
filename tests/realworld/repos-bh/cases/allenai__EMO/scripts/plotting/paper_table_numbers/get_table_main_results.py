stub: upstream file of 11532 bytes

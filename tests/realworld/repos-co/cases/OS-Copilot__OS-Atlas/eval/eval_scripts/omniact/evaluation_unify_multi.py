stub: upstream file of 8546 bytes

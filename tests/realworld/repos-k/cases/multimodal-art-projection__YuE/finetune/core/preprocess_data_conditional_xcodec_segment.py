stub: upstream file of 65985 bytes

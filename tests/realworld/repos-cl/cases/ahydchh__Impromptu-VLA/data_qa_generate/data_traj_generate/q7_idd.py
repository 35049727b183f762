stub: upstream file of 4352 bytes

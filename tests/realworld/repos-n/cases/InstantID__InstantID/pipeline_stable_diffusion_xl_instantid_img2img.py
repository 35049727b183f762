stub: upstream file of 50201 bytes

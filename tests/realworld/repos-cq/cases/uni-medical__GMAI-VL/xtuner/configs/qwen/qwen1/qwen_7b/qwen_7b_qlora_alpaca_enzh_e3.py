stub: upstream file of 7968 bytes

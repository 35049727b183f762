stub: upstream file of 31817 bytes

stub: upstream file of 23495 bytes

stub: upstream file of 8858 bytes

stub: upstream file of 8103 bytes

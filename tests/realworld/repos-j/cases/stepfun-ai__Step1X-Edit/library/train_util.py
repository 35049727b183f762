stub: upstream file of 260263 bytes

stub: upstream file of 8842 bytes

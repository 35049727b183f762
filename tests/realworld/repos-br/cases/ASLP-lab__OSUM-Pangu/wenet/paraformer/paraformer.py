stub: upstream file of 16512 bytes

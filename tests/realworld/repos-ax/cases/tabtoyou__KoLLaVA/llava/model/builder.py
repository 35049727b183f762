stub: upstream file of 8131 bytes

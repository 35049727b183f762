stub: upstream file of 10135 bytes

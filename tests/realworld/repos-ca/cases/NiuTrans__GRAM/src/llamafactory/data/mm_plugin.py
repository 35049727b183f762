stub: upstream file of 73664 bytes

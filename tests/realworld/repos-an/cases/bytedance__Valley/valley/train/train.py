stub: upstream file of 8914 bytes

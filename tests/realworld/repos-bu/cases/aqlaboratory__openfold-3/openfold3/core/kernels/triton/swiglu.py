stub: upstream file of 4914 bytes

stub: upstream file of 53044 bytes

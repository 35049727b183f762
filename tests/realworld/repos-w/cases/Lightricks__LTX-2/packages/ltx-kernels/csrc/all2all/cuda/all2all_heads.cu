stub: upstream file of 17827 bytes

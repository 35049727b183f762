stub: upstream file of 16096 bytes

stub: upstream file of 784 bytes

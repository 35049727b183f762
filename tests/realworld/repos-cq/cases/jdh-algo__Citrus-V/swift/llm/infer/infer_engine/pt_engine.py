stub: upstream file of 24629 bytes

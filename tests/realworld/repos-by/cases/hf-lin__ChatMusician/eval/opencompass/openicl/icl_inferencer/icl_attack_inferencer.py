stub: upstream file of 8841 bytes

stub: upstream file of 41629 bytes

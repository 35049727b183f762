stub: upstream file of 17629 bytes

stub: upstream file of 28666 bytes

stub: upstream file of 535179 bytes

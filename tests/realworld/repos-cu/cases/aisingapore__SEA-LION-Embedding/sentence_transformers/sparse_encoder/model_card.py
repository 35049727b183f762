stub: upstream file of 5843 bytes

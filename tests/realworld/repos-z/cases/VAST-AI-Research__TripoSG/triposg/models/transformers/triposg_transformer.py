stub: upstream file of 43386 bytes

stub: upstream file of 20740 bytes

stub: upstream file of 28882 bytes

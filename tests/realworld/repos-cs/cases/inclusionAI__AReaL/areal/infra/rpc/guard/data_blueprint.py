stub: upstream file of 6463 bytes

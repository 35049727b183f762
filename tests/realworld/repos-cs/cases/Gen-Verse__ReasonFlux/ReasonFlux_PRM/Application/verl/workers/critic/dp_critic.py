stub: upstream file of 13483 bytes

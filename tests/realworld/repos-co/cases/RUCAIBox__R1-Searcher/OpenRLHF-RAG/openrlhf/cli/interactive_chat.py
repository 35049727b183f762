stub: upstream file of 4813 bytes

stub: upstream file of 6117 bytes

stub: upstream file of 75987 bytes

stub: upstream file of 18975 bytes

stub: upstream file of 12037 bytes

stub: upstream file of 49490 bytes

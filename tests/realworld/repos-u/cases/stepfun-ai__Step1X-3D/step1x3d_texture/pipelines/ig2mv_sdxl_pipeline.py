stub: upstream file of 50513 bytes

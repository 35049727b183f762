stub: upstream file of 85446 bytes

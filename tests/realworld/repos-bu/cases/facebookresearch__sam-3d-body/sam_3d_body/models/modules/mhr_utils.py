stub: upstream file of 16513 bytes

stub: upstream file of 25513 bytes

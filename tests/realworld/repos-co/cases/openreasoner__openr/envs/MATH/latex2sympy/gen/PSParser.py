stub: upstream file of 249713 bytes

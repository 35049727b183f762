stub: upstream file of 180892 bytes

stub: upstream file of 5756 bytes

stub: upstream file of 75908 bytes

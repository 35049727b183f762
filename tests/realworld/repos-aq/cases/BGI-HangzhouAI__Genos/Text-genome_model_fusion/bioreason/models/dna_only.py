stub: upstream file of 9903 bytes

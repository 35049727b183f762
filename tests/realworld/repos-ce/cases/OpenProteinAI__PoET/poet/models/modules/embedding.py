stub: upstream file of 13937 bytes

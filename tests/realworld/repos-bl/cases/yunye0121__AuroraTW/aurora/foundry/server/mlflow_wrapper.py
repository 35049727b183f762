stub: upstream file of 5918 bytes

stub: upstream file of 1921 bytes

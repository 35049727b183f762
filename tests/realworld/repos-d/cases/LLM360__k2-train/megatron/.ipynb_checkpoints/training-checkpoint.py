stub: upstream file of 43903 bytes

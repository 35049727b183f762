stub: upstream file of 83886 bytes

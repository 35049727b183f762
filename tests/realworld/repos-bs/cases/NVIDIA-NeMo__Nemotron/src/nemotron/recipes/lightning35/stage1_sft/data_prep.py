stub: upstream file of 18886 bytes

stub: upstream file of 28707 bytes

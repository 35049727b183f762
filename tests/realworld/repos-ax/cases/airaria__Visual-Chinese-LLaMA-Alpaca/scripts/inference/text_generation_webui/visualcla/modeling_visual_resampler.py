stub: upstream file of 35787 bytes

stub: upstream file of 17840 bytes

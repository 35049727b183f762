stub: upstream file of 3846 bytes

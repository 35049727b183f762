stub: upstream file of 2936 bytes

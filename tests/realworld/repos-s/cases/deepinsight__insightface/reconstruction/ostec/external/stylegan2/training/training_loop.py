stub: upstream file of 19892 bytes

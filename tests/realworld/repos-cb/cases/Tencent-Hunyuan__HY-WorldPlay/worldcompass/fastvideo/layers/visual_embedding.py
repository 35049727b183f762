stub: upstream file of 5032 bytes

stub: upstream file of 16569 bytes

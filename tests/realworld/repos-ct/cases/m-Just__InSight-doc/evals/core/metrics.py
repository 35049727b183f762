stub: upstream file of 3029 bytes

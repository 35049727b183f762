stub: upstream file of 2777 bytes

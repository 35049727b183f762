stub: upstream file of 80679 bytes

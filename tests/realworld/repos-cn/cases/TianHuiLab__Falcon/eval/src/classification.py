stub: upstream file of 5736 bytes

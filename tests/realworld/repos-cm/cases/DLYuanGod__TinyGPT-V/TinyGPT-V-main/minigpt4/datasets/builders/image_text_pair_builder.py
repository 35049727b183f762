stub: upstream file of 16900 bytes

stub: upstream file of 19744 bytes

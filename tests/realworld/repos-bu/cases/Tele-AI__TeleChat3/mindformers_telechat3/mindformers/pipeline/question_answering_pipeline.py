stub: upstream file of 17744 bytes

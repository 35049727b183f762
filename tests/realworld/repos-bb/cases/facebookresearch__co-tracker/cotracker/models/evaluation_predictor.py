stub: upstream file of 7156 bytes

stub: upstream file of 6059 bytes

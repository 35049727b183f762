stub: upstream file of 28989 bytes

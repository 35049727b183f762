stub: upstream file of 6989 bytes

stub: upstream file of 9240 bytes

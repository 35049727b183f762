stub: upstream file of 26617 bytes

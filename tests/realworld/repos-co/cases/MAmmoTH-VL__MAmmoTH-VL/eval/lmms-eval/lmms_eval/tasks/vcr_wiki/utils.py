stub: upstream file of 9526 bytes

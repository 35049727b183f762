stub: upstream file of 10744 bytes

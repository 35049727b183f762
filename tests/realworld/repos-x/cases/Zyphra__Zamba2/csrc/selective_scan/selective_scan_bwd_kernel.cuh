stub: upstream file of 33634 bytes

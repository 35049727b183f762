stub: upstream file of 10634 bytes

stub: upstream file of 35634 bytes

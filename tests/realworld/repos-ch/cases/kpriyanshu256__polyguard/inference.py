stub: upstream file of 2634 bytes

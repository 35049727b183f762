stub: upstream file of 5634 bytes

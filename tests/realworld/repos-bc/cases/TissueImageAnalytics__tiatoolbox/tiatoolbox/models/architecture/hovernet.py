stub: upstream file of 32634 bytes

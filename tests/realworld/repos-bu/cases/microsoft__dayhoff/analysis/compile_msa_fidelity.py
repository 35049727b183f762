stub: upstream file of 9634 bytes

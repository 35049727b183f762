stub: upstream file of 8634 bytes

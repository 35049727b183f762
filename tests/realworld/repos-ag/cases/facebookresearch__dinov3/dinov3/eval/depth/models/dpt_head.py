stub: upstream file of 21634 bytes

stub: upstream file of 37634 bytes

stub: upstream file of 9663 bytes

stub: upstream file of 9769 bytes

stub: upstream file of 10764 bytes

stub: upstream file of 66856 bytes

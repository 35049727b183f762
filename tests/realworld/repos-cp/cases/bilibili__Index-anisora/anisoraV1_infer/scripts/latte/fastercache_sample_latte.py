stub: upstream file of 40502 bytes

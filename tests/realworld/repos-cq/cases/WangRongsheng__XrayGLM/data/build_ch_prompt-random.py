stub: upstream file of 1015 bytes

stub: upstream file of 14270 bytes

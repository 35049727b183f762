stub: upstream file of 35830 bytes

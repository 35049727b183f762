stub: upstream file of 8145 bytes

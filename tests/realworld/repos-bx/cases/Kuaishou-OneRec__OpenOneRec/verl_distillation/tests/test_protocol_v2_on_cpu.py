stub: upstream file of 23179 bytes

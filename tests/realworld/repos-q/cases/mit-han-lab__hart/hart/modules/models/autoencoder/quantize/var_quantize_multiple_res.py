stub: upstream file of 17145 bytes

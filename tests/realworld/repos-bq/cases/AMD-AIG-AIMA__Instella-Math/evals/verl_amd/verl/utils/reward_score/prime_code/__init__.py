stub: upstream file of 3151 bytes

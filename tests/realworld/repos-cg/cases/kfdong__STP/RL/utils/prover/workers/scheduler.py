stub: upstream file of 4116 bytes

stub: upstream file of 4131 bytes

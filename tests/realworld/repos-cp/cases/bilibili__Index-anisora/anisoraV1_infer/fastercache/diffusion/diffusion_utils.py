stub: upstream file of 3121 bytes

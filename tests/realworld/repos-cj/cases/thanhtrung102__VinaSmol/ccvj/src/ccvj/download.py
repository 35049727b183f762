stub: upstream file of 26343 bytes

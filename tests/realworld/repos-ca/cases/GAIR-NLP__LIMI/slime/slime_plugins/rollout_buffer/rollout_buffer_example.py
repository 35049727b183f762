stub: upstream file of 12170 bytes

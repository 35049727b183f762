stub: upstream file of 11344 bytes

stub: upstream file of 598257 bytes

stub: upstream file of 21468 bytes

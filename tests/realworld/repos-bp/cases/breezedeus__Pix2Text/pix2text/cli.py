stub: upstream file of 22521 bytes

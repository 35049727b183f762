stub: upstream file of 11078 bytes

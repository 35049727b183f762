stub: upstream file of 19452 bytes

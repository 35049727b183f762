stub: upstream file of 17452 bytes

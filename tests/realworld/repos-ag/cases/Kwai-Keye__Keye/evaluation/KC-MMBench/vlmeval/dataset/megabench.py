stub: upstream file of 18549 bytes

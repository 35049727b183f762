stub: upstream file of 21580 bytes

stub: upstream file of 10378 bytes

stub: upstream file of 35080 bytes

stub: upstream file of 9932 bytes

stub: upstream file of 3617 bytes

stub: upstream file of 15305 bytes

stub: upstream file of 55563 bytes

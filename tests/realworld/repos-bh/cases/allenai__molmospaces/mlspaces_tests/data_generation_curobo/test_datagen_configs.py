stub: upstream file of 16883 bytes

stub: upstream file of 33037 bytes

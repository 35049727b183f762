stub: upstream file of 19052 bytes

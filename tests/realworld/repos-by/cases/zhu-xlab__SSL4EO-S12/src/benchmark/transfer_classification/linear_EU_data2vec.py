stub: upstream file of 33706 bytes

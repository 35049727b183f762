stub: upstream file of 17300 bytes

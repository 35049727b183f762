stub: upstream file of 20913 bytes

stub: upstream file of 10046 bytes

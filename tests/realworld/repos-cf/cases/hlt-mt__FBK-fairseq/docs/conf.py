stub: upstream file of 4272 bytes

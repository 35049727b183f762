stub: upstream file of 10272 bytes

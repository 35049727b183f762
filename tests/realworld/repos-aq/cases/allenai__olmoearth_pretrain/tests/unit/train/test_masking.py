stub: upstream file of 73272 bytes

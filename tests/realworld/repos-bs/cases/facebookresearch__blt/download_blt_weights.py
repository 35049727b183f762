stub: upstream file of 272 bytes

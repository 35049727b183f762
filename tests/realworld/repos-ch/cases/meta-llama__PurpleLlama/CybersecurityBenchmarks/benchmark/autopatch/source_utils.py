stub: upstream file of 14272 bytes

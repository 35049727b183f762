stub: upstream file of 13272 bytes

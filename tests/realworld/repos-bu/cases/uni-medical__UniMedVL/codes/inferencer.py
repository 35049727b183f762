stub: upstream file of 29272 bytes

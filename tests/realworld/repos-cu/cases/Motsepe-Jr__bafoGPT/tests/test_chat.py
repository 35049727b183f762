stub: upstream file of 7272 bytes

stub: upstream file of 102272 bytes

stub: upstream file of 6272 bytes

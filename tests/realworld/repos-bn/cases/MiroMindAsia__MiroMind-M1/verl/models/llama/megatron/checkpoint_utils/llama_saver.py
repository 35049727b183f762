stub: upstream file of 18272 bytes

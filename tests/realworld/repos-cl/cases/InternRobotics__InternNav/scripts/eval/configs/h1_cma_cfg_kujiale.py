stub: upstream file of 1272 bytes

stub: upstream file of 12272 bytes

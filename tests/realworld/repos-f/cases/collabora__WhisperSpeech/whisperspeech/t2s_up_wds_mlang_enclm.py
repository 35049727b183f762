stub: upstream file of 23272 bytes

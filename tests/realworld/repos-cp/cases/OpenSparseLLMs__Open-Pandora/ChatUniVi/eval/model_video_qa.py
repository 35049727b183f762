stub: upstream file of 9272 bytes

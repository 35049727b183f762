stub: upstream file of 11272 bytes

stub: upstream file of 22272 bytes

stub: upstream file of 3272 bytes

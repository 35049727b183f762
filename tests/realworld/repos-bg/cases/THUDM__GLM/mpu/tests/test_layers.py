stub: upstream file of 19272 bytes

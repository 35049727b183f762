stub: upstream file of 39272 bytes

stub: upstream file of 18246 bytes

stub: upstream file of 11067 bytes

stub: upstream file of 50552 bytes

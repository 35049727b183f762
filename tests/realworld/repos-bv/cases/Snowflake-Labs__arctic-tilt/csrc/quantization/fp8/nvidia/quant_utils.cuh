stub: upstream file of 19471 bytes

stub: upstream file of 21471 bytes

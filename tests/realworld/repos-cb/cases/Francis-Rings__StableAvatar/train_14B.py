stub: upstream file of 64449 bytes

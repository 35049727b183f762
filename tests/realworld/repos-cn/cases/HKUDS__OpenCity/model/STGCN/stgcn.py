stub: upstream file of 9439 bytes

stub: upstream file of 9454 bytes

stub: upstream file of 23454 bytes

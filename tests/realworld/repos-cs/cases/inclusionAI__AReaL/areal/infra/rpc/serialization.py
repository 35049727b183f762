stub: upstream file of 27454 bytes

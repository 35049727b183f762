stub: upstream file of 19454 bytes

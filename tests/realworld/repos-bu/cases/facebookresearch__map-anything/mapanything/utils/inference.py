stub: upstream file of 21830 bytes

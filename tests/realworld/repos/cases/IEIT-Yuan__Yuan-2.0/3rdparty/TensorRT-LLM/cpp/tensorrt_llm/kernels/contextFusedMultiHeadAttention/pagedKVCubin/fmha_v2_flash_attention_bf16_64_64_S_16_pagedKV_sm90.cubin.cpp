stub: upstream file of 350454 bytes

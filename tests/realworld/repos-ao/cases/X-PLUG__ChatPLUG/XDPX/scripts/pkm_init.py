stub: upstream file of 22454 bytes

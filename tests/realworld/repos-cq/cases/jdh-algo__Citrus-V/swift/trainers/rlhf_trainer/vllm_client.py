stub: upstream file of 10589 bytes

stub: upstream file of 10615 bytes

stub: upstream file of 10830 bytes

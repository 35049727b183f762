stub: upstream file of 10680 bytes

stub: upstream file of 43559 bytes

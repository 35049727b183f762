stub: upstream file of 51569 bytes

stub: upstream file of 419 bytes

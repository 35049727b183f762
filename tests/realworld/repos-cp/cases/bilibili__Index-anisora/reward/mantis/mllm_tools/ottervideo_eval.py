stub: upstream file of 4419 bytes

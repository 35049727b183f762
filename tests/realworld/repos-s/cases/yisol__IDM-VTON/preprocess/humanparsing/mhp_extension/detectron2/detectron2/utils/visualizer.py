stub: upstream file of 45419 bytes

stub: upstream file of 6499 bytes

stub: upstream file of 45487 bytes

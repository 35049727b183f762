stub: upstream file of 24160 bytes

stub: upstream file of 26232 bytes

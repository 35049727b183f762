stub: upstream file of 4283 bytes

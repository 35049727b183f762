stub: upstream file of 17283 bytes

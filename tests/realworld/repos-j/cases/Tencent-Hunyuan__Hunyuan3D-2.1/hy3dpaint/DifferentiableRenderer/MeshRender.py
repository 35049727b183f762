stub: upstream file of 56848 bytes

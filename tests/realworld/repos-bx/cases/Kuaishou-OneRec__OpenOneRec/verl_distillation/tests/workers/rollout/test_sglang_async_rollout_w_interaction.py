stub: upstream file of 5120 bytes

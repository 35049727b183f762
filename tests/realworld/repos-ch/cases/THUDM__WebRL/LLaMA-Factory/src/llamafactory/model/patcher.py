stub: upstream file of 7419 bytes

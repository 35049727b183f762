stub: upstream file of 20689 bytes

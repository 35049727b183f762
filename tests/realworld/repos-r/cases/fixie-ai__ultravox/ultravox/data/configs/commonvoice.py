stub: upstream file of 48564 bytes

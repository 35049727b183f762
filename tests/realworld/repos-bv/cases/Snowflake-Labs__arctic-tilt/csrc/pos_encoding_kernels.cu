stub: upstream file of 12487 bytes

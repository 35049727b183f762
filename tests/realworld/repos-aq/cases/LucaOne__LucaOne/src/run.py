stub: upstream file of 83707 bytes

stub: upstream file of 36315 bytes

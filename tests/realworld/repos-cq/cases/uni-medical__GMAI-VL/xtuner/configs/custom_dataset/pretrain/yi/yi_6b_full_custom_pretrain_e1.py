stub: upstream file of 6315 bytes

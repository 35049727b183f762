stub: upstream file of 8315 bytes

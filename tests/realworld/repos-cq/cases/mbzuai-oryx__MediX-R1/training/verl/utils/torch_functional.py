stub: upstream file of 16315 bytes

stub: upstream file of 315 bytes

stub: upstream file of 2315 bytes

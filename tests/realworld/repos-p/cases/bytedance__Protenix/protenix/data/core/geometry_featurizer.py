stub: upstream file of 30315 bytes

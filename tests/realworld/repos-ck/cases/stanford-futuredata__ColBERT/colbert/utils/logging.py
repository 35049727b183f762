stub: upstream file of 3315 bytes

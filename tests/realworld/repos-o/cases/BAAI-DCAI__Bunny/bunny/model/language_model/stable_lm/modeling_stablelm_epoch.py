stub: upstream file of 38315 bytes

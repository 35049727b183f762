stub: upstream file of 14615 bytes

stub: upstream file of 10439 bytes

stub: upstream file of 24472 bytes

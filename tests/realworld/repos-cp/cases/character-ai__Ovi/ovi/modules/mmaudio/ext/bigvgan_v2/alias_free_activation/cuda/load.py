stub: upstream file of 2594 bytes

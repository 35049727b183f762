stub: upstream file of 32594 bytes

stub: upstream file of 2452 bytes

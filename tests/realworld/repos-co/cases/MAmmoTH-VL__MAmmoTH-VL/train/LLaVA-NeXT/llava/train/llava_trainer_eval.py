stub: upstream file of 3439 bytes

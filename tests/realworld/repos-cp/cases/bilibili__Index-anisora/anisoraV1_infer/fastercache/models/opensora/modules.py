stub: upstream file of 15540 bytes

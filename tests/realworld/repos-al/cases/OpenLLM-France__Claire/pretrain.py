stub: upstream file of 18540 bytes

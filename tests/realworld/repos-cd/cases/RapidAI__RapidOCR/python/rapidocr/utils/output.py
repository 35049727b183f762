stub: upstream file of 2387 bytes

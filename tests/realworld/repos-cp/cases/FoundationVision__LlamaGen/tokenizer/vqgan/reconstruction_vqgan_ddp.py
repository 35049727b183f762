stub: upstream file of 8430 bytes

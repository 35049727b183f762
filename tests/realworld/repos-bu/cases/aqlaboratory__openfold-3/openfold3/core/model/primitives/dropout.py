stub: upstream file of 2435 bytes

stub: upstream file of 2402 bytes

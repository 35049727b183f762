stub: upstream file of 3517 bytes

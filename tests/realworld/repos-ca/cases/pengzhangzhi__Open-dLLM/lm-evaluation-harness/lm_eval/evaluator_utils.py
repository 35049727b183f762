stub: upstream file of 22433 bytes

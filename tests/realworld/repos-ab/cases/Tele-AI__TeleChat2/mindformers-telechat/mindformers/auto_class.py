stub: upstream file of 38939 bytes

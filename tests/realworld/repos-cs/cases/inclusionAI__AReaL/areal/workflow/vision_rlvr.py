stub: upstream file of 5823 bytes

stub: upstream file of 5409 bytes

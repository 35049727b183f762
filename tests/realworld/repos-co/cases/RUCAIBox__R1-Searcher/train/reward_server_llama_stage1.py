stub: upstream file of 9202 bytes

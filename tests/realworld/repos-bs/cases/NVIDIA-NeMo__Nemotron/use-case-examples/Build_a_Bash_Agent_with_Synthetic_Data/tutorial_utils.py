stub: upstream file of 11486 bytes

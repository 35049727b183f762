stub: upstream file of 8486 bytes

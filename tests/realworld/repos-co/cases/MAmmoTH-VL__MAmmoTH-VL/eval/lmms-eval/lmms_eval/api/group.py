stub: upstream file of 3534 bytes

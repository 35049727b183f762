stub: upstream file of 3505 bytes

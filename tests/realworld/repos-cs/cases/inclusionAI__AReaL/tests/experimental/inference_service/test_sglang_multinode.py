stub: upstream file of 3449 bytes

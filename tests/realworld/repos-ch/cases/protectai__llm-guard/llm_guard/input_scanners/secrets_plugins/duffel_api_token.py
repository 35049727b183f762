stub: upstream file of 486 bytes

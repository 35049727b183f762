stub: upstream file of 5968 bytes

stub: upstream file of 15802 bytes

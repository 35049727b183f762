stub: upstream file of 101802 bytes

stub: upstream file of 4824 bytes

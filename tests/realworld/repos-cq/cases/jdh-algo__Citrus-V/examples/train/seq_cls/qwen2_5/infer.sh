stub: upstream file of 137 bytes

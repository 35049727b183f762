stub: upstream file of 21965 bytes

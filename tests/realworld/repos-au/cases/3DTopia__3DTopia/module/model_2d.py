stub: upstream file of 86047 bytes

stub: upstream file of 26339 bytes

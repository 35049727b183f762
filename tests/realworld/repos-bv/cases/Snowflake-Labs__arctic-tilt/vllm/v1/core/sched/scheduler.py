stub: upstream file of 35339 bytes

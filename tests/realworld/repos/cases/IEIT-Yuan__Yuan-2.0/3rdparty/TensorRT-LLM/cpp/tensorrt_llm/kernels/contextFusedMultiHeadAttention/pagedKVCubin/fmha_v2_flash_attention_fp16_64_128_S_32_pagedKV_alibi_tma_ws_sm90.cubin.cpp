stub: upstream file of 1579066 bytes

stub: upstream file of 35093 bytes

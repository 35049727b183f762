stub: upstream file of 29605 bytes

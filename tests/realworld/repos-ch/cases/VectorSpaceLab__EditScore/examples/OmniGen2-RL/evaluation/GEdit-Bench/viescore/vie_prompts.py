stub: upstream file of 22113 bytes

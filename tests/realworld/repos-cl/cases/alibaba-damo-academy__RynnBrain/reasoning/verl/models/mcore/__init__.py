stub: upstream file of 1063 bytes

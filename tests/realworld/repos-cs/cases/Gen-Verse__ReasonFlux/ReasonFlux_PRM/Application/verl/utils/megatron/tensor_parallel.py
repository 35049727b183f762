stub: upstream file of 7122 bytes

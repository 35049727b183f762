stub: upstream file of 26451 bytes

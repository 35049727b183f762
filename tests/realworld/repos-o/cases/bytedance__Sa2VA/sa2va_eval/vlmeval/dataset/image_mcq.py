stub: upstream file of 30506 bytes

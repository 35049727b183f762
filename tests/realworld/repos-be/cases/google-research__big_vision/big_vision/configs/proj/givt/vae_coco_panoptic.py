stub: upstream file of 4707 bytes

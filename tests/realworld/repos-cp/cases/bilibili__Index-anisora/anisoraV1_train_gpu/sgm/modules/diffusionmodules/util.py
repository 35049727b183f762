stub: upstream file of 12371 bytes

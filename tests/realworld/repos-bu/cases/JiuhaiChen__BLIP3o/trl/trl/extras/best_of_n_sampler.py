stub: upstream file of 5802 bytes

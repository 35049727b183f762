stub: upstream file of 14574 bytes

stub: upstream file of 13139 bytes

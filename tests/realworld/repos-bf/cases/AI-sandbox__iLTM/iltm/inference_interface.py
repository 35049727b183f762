stub: upstream file of 119136 bytes

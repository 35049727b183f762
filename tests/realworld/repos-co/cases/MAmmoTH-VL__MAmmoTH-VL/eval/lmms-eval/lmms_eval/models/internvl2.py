stub: upstream file of 12350 bytes

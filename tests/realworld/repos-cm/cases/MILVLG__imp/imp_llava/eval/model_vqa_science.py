stub: upstream file of 6560 bytes

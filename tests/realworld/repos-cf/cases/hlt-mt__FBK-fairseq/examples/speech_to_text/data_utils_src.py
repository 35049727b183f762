stub: upstream file of 6433 bytes

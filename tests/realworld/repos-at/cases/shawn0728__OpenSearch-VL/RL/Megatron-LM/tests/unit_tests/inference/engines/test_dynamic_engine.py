stub: upstream file of 26834 bytes

stub: upstream file of 6165 bytes

stub: upstream file of 12566 bytes

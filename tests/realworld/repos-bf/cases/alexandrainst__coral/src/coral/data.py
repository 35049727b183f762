stub: upstream file of 27385 bytes

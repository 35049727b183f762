stub: upstream file of 11433 bytes

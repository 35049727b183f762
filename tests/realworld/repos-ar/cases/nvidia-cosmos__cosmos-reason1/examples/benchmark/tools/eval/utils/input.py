stub: upstream file of 23439 bytes

stub: upstream file of 14441 bytes

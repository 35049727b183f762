stub: upstream file of 36098 bytes

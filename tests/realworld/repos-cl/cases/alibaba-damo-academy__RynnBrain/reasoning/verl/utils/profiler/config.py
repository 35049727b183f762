stub: upstream file of 6173 bytes

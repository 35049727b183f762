stub: upstream file of 11151 bytes

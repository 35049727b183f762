stub: upstream file of 5099 bytes

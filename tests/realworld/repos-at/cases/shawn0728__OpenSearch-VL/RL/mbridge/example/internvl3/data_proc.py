stub: upstream file of 6057 bytes

stub: upstream file of 52854 bytes

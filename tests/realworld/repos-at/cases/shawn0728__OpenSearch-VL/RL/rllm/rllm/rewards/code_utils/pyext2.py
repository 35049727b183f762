stub: upstream file of 18008 bytes

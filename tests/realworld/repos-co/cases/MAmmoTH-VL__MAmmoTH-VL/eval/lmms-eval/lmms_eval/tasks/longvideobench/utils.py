stub: upstream file of 12091 bytes

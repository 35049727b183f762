stub: upstream file of 8125 bytes

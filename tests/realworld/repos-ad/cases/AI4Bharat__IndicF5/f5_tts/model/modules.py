stub: upstream file of 21737 bytes

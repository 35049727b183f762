stub: upstream file of 5567 bytes

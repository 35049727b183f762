stub: upstream file of 32828 bytes

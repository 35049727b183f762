stub: upstream file of 42115 bytes

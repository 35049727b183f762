stub: upstream file of 50956 bytes

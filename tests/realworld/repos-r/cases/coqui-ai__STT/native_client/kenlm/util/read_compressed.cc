stub: upstream file of 13086 bytes

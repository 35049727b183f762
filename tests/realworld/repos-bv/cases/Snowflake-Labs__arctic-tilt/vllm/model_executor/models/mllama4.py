stub: upstream file of 34450 bytes

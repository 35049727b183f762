stub: upstream file of 12547 bytes

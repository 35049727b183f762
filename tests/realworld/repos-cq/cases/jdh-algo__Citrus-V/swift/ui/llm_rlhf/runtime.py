stub: upstream file of 5063 bytes

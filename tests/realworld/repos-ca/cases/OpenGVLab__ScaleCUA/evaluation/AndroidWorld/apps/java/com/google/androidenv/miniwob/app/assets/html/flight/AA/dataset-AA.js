stub: upstream file of 47556 bytes

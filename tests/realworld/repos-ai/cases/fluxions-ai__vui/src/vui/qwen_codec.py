stub: upstream file of 58649 bytes

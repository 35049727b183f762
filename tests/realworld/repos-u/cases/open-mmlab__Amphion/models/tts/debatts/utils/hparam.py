stub: upstream file of 24927 bytes

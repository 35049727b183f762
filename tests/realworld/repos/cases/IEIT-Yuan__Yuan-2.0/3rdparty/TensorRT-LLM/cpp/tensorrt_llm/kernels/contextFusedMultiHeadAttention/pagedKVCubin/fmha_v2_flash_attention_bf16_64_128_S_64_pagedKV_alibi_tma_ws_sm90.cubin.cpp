stub: upstream file of 1560912 bytes

stub: upstream file of 14911 bytes

stub: upstream file of 10450 bytes

stub: upstream file of 2450 bytes

stub: upstream file of 3202 bytes

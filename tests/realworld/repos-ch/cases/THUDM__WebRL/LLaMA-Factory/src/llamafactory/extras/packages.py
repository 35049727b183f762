stub: upstream file of 2258 bytes

stub: upstream file of 12420 bytes

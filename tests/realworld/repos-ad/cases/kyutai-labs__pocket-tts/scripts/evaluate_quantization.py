stub: upstream file of 23236 bytes

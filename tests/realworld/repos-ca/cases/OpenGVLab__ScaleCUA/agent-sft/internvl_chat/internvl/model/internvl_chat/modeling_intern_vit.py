stub: upstream file of 19560 bytes

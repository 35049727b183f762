stub: upstream file of 3286 bytes

stub: upstream file of 13371 bytes

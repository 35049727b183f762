stub: upstream file of 23301 bytes

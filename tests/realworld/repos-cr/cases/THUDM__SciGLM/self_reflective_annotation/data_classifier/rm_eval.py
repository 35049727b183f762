stub: upstream file of 3301 bytes

stub: upstream file of 60236 bytes

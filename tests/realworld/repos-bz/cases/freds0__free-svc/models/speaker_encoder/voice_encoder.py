stub: upstream file of 9236 bytes

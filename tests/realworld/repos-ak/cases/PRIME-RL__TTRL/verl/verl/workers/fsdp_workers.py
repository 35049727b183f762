stub: upstream file of 60134 bytes

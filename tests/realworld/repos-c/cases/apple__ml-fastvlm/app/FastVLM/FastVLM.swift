stub: upstream file of 24185 bytes

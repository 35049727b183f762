stub: upstream file of 11207 bytes

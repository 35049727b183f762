stub: upstream file of 13346 bytes

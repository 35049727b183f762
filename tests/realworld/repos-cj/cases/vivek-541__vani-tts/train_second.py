stub: upstream file of 33993 bytes

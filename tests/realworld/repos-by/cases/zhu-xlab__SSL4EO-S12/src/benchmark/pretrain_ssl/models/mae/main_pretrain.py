stub: upstream file of 11054 bytes

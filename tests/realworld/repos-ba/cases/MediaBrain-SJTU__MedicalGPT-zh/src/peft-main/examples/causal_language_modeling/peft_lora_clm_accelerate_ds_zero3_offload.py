stub: upstream file of 14858 bytes

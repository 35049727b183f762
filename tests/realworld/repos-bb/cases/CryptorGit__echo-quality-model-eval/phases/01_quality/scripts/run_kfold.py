stub: upstream file of 11817 bytes

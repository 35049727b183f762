stub: upstream file of 11547 bytes

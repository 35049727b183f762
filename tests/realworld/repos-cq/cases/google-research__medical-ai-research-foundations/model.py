stub: upstream file of 12583 bytes

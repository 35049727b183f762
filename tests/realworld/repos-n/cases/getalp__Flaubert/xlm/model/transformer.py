stub: upstream file of 31362 bytes

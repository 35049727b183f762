stub: upstream file of 5078 bytes

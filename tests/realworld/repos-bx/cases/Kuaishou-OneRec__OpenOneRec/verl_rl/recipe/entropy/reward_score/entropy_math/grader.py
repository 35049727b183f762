stub: upstream file of 14560 bytes

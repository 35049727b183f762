stub: upstream file of 25367 bytes

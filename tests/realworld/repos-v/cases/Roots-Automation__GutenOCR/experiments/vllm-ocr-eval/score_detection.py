stub: upstream file of 23772 bytes

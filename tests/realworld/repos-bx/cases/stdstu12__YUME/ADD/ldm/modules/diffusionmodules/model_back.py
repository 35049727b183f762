stub: upstream file of 32996 bytes

stub: upstream file of 14424 bytes

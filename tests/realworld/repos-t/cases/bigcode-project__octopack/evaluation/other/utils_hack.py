stub: upstream file of 251213 bytes

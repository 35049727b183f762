stub: upstream file of 84249 bytes

stub: upstream file of 1917282 bytes

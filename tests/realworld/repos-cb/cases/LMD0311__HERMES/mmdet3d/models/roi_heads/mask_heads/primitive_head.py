stub: upstream file of 42353 bytes

stub: upstream file of 13045 bytes

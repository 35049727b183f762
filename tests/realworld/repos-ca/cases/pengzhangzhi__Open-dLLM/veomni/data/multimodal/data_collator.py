stub: upstream file of 10332 bytes

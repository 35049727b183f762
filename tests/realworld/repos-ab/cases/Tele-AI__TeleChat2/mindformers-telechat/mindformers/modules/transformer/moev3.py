stub: upstream file of 44406 bytes

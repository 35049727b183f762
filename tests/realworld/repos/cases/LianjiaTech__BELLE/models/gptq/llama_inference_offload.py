stub: upstream file of 12406 bytes

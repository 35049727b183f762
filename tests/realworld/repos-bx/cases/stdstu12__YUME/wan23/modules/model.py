stub: upstream file of 36308 bytes

stub: upstream file of 38373 bytes

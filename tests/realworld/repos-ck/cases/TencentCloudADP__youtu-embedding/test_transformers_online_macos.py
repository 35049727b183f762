stub: upstream file of 4387 bytes

stub: upstream file of 36620 bytes

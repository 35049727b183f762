stub: upstream file of 36731 bytes

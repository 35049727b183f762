stub: upstream file of 38457 bytes

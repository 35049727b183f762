stub: upstream file of 29564 bytes

stub: upstream file of 17495 bytes

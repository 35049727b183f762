stub: upstream file of 24373 bytes

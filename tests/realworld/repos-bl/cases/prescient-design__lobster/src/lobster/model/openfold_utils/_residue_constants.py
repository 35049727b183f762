stub: upstream file of 17457 bytes

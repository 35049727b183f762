stub: upstream file of 114461 bytes

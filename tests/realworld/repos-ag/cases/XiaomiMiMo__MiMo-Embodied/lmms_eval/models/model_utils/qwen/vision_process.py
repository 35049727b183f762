stub: upstream file of 19282 bytes

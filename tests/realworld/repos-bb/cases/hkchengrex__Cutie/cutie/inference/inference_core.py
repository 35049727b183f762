stub: upstream file of 15217 bytes

stub: upstream file of 36292 bytes

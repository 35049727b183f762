stub: upstream file of 30358 bytes

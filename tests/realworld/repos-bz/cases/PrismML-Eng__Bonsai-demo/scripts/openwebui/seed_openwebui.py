stub: upstream file of 17248 bytes

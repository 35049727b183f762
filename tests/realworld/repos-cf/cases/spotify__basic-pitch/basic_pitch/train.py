stub: upstream file of 10283 bytes

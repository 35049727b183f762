stub: upstream file of 8615 bytes

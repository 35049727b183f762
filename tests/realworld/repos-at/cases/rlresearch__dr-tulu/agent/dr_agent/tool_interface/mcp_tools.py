stub: upstream file of 65284 bytes

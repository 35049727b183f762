stub: upstream file of 24204 bytes

stub: upstream file of 48069 bytes

stub: upstream file of 12054 bytes

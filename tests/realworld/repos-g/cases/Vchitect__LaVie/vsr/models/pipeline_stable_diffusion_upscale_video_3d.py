stub: upstream file of 36900 bytes

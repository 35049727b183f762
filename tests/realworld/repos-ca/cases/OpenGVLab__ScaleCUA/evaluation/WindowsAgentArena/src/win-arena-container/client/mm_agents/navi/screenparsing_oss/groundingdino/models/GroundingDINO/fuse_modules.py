stub: upstream file of 12082 bytes

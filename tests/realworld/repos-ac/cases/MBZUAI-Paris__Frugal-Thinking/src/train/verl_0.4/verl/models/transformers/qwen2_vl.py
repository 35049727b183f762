stub: upstream file of 24009 bytes

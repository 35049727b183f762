stub: upstream file of 61009 bytes

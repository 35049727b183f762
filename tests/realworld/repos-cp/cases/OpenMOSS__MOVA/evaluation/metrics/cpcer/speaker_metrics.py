stub: upstream file of 24099 bytes

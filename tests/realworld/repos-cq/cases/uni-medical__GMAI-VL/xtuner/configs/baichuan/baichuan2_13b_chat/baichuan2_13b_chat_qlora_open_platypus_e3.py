stub: upstream file of 7109 bytes

stub: upstream file of 2074 bytes

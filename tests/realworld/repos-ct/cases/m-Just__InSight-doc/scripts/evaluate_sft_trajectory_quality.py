stub: upstream file of 48049 bytes

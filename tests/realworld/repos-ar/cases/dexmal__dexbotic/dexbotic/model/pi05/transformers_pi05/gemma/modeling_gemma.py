stub: upstream file of 33142 bytes

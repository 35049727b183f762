stub: upstream file of 17194 bytes

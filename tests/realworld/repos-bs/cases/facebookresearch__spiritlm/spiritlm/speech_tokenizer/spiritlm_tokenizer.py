stub: upstream file of 11887 bytes

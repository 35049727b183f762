stub: upstream file of 24019 bytes

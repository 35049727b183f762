stub: upstream file of 12955 bytes

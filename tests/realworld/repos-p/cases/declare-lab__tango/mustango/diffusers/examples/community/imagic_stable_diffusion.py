stub: upstream file of 24615 bytes

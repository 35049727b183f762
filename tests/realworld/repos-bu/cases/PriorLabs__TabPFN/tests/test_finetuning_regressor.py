stub: upstream file of 18160 bytes

stub: upstream file of 96010 bytes

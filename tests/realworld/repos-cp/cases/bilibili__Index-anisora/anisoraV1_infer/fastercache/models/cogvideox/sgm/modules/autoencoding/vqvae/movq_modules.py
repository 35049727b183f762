stub: upstream file of 12275 bytes

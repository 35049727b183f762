stub: upstream file of 12995 bytes

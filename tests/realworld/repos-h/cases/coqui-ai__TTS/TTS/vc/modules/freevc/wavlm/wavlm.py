stub: upstream file of 27051 bytes

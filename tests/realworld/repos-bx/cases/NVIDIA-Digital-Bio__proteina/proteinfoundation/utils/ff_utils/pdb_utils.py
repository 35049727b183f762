stub: upstream file of 12099 bytes

stub: upstream file of 38824 bytes

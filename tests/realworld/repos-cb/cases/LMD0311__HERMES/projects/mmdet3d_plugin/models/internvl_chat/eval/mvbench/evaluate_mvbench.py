stub: upstream file of 16320 bytes

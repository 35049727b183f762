stub: upstream file of 22069 bytes

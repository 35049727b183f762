stub: upstream file of 38031 bytes

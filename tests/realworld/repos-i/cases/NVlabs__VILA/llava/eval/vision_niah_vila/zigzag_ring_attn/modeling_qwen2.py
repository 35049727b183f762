stub: upstream file of 63249 bytes

stub: upstream file of 7315 bytes

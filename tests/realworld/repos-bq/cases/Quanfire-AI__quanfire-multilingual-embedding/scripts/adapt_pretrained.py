stub: upstream file of 10204 bytes

stub: upstream file of 1591284 bytes

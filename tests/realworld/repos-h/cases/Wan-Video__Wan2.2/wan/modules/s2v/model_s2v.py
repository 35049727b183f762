stub: upstream file of 34511 bytes

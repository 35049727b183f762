stub: upstream file of 75211 bytes

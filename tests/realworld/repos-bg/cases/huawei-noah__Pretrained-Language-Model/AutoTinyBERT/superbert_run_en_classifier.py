stub: upstream file of 90210 bytes

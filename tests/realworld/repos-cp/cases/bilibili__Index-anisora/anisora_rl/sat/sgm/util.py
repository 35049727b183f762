stub: upstream file of 12210 bytes

stub: upstream file of 20320 bytes

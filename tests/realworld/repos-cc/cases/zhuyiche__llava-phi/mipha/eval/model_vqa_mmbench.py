stub: upstream file of 7211 bytes

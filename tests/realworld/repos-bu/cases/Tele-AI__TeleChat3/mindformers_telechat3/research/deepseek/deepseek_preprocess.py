stub: upstream file of 9211 bytes

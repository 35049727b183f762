stub: upstream file of 17915 bytes

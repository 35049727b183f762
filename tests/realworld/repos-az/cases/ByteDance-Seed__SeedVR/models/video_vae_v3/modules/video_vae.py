stub: upstream file of 34069 bytes

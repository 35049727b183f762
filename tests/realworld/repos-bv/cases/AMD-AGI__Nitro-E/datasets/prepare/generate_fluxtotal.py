stub: upstream file of 11847 bytes

stub: upstream file of 6847 bytes

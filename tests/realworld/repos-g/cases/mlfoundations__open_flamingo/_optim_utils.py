stub: upstream file of 70774 bytes

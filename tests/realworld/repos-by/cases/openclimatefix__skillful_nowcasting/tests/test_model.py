stub: upstream file of 13911 bytes

stub: upstream file of 16202 bytes

stub: upstream file of 302354 bytes

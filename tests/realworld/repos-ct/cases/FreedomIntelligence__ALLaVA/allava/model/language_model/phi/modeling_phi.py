stub: upstream file of 62942 bytes

stub: upstream file of 12061 bytes

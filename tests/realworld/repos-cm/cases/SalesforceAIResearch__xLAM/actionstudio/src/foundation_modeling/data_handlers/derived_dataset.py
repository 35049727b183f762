stub: upstream file of 7843 bytes

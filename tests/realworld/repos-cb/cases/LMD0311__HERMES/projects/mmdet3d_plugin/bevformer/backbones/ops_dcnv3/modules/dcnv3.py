stub: upstream file of 12109 bytes

stub: upstream file of 26109 bytes

stub: upstream file of 27142 bytes

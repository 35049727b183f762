stub: upstream file of 27164 bytes

stub: upstream file of 12206 bytes

stub: upstream file of 30164 bytes

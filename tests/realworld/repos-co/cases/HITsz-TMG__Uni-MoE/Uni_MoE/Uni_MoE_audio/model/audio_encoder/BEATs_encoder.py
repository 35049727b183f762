stub: upstream file of 3164 bytes

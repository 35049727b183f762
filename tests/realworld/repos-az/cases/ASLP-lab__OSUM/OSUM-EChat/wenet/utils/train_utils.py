stub: upstream file of 41018 bytes

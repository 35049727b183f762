stub: upstream file of 41016 bytes

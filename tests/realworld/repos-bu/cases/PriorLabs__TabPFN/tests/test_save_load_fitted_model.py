stub: upstream file of 17109 bytes

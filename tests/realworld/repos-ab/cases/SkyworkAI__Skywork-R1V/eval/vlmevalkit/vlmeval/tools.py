stub: upstream file of 24292 bytes

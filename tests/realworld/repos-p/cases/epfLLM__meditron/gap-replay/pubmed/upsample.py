stub: upstream file of 28283 bytes

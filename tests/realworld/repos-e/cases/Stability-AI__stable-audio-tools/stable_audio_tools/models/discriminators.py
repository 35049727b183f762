stub: upstream file of 23292 bytes

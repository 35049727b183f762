stub: upstream file of 27940 bytes

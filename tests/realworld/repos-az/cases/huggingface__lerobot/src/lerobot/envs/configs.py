stub: upstream file of 34414 bytes

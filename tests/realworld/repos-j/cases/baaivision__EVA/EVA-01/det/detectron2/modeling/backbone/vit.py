stub: upstream file of 23598 bytes

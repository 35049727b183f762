stub: upstream file of 12724 bytes

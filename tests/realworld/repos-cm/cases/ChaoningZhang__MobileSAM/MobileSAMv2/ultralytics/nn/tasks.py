stub: upstream file of 34168 bytes

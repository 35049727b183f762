stub: upstream file of 12590 bytes

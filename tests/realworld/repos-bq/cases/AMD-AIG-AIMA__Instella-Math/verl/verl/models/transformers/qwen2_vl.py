stub: upstream file of 12943 bytes

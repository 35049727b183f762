stub: upstream file of 31951 bytes

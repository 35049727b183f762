stub: upstream file of 12253 bytes

stub: upstream file of 23290 bytes

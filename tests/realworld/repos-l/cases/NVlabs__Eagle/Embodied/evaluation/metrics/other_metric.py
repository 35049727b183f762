stub: upstream file of 74308 bytes

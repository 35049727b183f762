stub: upstream file of 21543 bytes

stub: upstream file of 10631 bytes

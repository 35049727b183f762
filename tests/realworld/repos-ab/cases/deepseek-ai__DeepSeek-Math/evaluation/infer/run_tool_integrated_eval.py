stub: upstream file of 15026 bytes

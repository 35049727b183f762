stub: upstream file of 24665 bytes

stub: upstream file of 8071 bytes

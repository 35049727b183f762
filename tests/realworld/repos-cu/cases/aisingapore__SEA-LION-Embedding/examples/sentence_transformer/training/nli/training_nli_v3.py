stub: upstream file of 5117 bytes

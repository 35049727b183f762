stub: upstream file of 21138 bytes

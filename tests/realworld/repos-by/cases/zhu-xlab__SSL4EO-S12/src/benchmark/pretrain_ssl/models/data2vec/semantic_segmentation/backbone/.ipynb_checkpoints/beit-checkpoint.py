stub: upstream file of 19195 bytes

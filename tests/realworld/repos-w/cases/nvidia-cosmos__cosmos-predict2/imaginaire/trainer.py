stub: upstream file of 17274 bytes

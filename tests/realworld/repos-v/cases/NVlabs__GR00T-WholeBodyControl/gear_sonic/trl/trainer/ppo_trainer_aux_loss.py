stub: upstream file of 12871 bytes

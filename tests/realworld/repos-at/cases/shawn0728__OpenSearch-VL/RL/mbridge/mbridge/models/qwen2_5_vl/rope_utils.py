stub: upstream file of 15286 bytes

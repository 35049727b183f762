stub: upstream file of 20856 bytes

stub: upstream file of 13761 bytes

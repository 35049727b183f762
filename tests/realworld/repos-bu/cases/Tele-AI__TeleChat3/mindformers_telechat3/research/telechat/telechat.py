stub: upstream file of 24255 bytes

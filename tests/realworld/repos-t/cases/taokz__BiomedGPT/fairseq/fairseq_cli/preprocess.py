stub: upstream file of 14790 bytes

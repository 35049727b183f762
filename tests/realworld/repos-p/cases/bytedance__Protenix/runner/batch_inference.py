stub: upstream file of 48393 bytes

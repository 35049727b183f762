stub: upstream file of 12631 bytes

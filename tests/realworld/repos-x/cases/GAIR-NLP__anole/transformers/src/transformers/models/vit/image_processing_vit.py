stub: upstream file of 14185 bytes

stub: upstream file of 12185 bytes

stub: upstream file of 13790 bytes

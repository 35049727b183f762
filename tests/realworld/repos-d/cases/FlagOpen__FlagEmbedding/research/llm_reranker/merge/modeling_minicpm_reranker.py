stub: upstream file of 72520 bytes

stub: upstream file of 29446 bytes

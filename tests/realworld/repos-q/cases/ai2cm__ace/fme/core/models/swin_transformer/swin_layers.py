stub: upstream file of 25610 bytes

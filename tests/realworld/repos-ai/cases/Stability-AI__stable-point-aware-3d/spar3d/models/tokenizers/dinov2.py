stub: upstream file of 46239 bytes

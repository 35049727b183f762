stub: upstream file of 58239 bytes

stub: upstream file of 17896 bytes

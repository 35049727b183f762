stub: upstream file of 13323 bytes

stub: upstream file of 19357 bytes

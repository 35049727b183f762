stub: upstream file of 18831 bytes

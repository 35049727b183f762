stub: upstream file of 54162 bytes

stub: upstream file of 14912 bytes

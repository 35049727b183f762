stub: upstream file of 8588 bytes

stub: upstream file of 46972 bytes

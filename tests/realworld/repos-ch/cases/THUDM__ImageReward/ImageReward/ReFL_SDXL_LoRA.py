stub: upstream file of 56652 bytes

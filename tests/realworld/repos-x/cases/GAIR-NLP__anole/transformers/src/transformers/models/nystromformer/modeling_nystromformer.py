stub: upstream file of 48758 bytes

stub: upstream file of 10105 bytes

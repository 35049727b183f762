stub: upstream file of 9830 bytes

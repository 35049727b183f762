stub: upstream file of 28802 bytes

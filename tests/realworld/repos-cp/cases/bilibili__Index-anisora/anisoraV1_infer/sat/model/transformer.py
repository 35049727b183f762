stub: upstream file of 34763 bytes

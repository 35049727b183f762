stub: upstream file of 80772 bytes

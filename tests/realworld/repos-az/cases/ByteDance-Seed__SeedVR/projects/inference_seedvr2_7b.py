stub: upstream file of 12805 bytes

stub: upstream file of 18654 bytes

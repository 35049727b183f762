stub: upstream file of 14654 bytes

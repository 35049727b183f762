stub: upstream file of 14715 bytes

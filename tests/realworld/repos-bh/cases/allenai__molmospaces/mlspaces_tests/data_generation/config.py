stub: upstream file of 14797 bytes

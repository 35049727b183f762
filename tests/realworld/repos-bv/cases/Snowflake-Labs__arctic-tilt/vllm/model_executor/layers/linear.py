stub: upstream file of 63138 bytes

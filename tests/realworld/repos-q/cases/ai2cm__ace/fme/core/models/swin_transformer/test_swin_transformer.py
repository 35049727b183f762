stub: upstream file of 14251 bytes

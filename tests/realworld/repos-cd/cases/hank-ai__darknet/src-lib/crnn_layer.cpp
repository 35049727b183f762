stub: upstream file of 13244 bytes

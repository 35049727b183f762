stub: upstream file of 802 bytes

stub: upstream file of 22769 bytes

stub: upstream file of 24607 bytes

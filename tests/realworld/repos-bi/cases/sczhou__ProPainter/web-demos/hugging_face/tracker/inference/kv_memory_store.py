stub: upstream file of 14512 bytes

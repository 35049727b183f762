stub: upstream file of 13951 bytes

stub: upstream file of 12674 bytes

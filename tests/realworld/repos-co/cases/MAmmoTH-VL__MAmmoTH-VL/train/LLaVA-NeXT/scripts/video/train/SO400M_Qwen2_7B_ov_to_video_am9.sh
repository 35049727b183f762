stub: upstream file of 2841 bytes

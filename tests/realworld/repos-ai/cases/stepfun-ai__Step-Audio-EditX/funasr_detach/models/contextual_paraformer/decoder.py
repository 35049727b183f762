stub: upstream file of 43289 bytes

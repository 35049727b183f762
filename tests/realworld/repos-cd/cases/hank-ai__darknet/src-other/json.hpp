stub: upstream file of 920255 bytes

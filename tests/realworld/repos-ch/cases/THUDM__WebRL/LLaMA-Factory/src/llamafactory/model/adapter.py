stub: upstream file of 13204 bytes

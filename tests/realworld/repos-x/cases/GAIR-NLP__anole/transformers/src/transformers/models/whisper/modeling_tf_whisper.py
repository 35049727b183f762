stub: upstream file of 84836 bytes

stub: upstream file of 1698 bytes

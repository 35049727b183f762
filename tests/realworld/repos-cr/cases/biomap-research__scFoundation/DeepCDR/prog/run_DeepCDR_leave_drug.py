stub: upstream file of 17418 bytes

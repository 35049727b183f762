stub: upstream file of 2872477 bytes

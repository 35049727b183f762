stub: upstream file of 3134 bytes

stub: upstream file of 19627 bytes

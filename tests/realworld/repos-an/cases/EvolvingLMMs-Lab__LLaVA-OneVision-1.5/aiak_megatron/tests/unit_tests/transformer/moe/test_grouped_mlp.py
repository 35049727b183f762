stub: upstream file of 17816 bytes

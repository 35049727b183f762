stub: upstream file of 99748 bytes

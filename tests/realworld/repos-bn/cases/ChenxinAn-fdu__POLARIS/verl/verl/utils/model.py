stub: upstream file of 17748 bytes

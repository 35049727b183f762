stub: upstream file of 13434 bytes

stub: upstream file of 28766 bytes

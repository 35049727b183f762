stub: upstream file of 14562 bytes

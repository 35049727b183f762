stub: upstream file of 34246 bytes

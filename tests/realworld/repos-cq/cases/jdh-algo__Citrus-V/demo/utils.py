stub: upstream file of 11926 bytes

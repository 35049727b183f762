stub: upstream file of 39871 bytes

stub: upstream file of 13902 bytes

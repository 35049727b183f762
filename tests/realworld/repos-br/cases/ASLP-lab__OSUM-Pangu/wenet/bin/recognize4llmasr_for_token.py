stub: upstream file of 15346 bytes

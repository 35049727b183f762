stub: upstream file of 26020 bytes

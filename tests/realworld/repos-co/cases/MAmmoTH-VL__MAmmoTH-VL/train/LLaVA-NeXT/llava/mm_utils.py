stub: upstream file of 17022 bytes

stub: upstream file of 48022 bytes

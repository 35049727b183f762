stub: upstream file of 12620 bytes

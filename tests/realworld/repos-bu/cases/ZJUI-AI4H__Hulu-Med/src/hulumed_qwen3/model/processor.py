stub: upstream file of 12511 bytes

stub: upstream file of 35774 bytes

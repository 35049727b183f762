stub: upstream file of 41774 bytes

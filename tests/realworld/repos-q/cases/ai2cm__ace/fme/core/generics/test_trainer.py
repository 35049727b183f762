stub: upstream file of 71142 bytes

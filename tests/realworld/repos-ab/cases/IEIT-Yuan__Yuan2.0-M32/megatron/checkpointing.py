stub: upstream file of 26676 bytes

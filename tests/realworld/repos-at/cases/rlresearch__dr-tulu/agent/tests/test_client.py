stub: upstream file of 26765 bytes

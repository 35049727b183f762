stub: upstream file of 11922 bytes

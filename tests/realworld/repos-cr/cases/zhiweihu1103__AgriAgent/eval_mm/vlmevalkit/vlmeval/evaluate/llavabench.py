stub: upstream file of 6898 bytes

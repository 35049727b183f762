stub: upstream file of 8898 bytes

stub: upstream file of 13867 bytes

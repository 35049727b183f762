stub: upstream file of 144586 bytes

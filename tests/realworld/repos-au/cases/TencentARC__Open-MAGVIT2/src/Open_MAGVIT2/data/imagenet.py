stub: upstream file of 21167 bytes

stub: upstream file of 1070350 bytes

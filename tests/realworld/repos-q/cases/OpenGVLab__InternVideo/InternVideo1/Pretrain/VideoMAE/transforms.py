stub: upstream file of 20215 bytes

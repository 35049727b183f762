stub: upstream file of 13278 bytes

stub: upstream file of 19159 bytes

stub: upstream file of 1872 bytes

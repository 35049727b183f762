stub: upstream file of 22535 bytes

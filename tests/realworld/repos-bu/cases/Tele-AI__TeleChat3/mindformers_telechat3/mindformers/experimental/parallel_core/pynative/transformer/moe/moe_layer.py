stub: upstream file of 4952 bytes

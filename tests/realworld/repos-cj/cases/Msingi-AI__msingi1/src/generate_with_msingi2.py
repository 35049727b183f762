stub: upstream file of 17417 bytes

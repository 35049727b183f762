stub: upstream file of 7717 bytes

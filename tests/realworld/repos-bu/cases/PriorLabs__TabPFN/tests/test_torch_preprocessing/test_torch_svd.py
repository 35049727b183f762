stub: upstream file of 27191 bytes

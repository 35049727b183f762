stub: upstream file of 4191 bytes

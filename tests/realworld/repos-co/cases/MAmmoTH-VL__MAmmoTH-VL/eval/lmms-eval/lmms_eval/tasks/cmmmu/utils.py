stub: upstream file of 17191 bytes

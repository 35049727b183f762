stub: upstream file of 22191 bytes
